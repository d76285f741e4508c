declare module 'virtual:guide/site-data' {
  const data: import('./site').SiteData;
  export default data;
}
