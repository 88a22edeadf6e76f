// Import list of package i18n in fosite/i18n of ory/hydra (the import blocks of its non-test files; no code kept)
package i18n

import (
	_ "golang.org/x/text/language"
	_ "golang.org/x/text/message"
	_ "net/http"
)
