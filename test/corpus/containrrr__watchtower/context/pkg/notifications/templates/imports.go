// Import list of package templates in pkg/notifications/templates of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package templates

import (
	_ "encoding/json"
	_ "fmt"
	_ "golang.org/x/text/cases"
	_ "golang.org/x/text/language"
	_ "strings"
	_ "text/template"
)
