import { contentProtocol } from './content-protocol';
import { createSender } from './send';

/** What the content script sends to the background. */
export const sendFromContent = createSender(contentProtocol);
