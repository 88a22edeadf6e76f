// Import list of package all in pkg/notification/all of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package all

import (
	_ "github.com/ncarlier/webhookd/pkg/notification/http"
	_ "github.com/ncarlier/webhookd/pkg/notification/smtp"
)
