import { registerAccountService } from '../lib/platform/services/account';
import { registerAttestationService } from '../lib/platform/services/attestation';
import { registerAuditService } from '../lib/platform/services/audit';
import { registerNavigationService } from '../lib/platform/services/navigation';
import { registerRecordsService } from '../lib/platform/services/records';
import { registerStatusService } from '../lib/platform/services/status';
import { thisExtension } from '../lib/platform/this-extension';

export default defineBackground(() => {
  // Only this extension's own pages and content scripts are heard (lib/messaging checks every sender).
  const context = thisExtension();
  registerNavigationService(context);
  registerAccountService(context);
  registerStatusService(context);
  registerRecordsService(context);
  registerAuditService(context);
  registerAttestationService(context);
});
