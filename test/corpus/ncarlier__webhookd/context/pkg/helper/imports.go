// Import list of package helper in pkg/helper of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package helper

import (
	_ "github.com/ncarlier/webhookd/pkg/helper/header"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
