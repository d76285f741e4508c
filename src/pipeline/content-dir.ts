/** The content folder; CONTENT_DIR points the build at another tree (the tests' fixture sites use it). */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';
