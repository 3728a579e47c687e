import { defineElement } from '../../shared/define.js';
import { GuideDownload } from './guide-download.component.js';

export { GuideDownload };

defineElement('guide-download', GuideDownload);
