/** exceljs's own one-file build (what browsers get through its `browser` field): Node loads it in half the time. */
declare module 'exceljs/dist/exceljs.min.js' {
  import * as ExcelJS from 'exceljs';
  export = ExcelJS;
}
