import type { Catalogue } from '../../i18n/namespaces';
import common from './common.json';
import home from './home.json';
import auth from './auth.json';
import library from './library.json';
import indicators from './indicators.json';
import discussions from './discussions.json';
import meetings from './meetings.json';
import directory from './directory.json';
import admin from './admin.json';
import errors from './errors.json';
import email from './email.json';
import exportHeadings from './exports.json';

const catalogue: Catalogue = {
  common,
  home,
  auth,
  library,
  indicators,
  discussions,
  meetings,
  directory,
  admin,
  errors,
  email,
  exports: exportHeadings,
};
export default catalogue;
