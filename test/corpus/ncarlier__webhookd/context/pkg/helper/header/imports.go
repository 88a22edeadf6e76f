// Import list of package header in pkg/helper/header of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package header

import (
	_ "net/http"
	_ "strings"
)
