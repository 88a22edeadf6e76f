// Import list of package preview in pkg/notifications/preview of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package preview

import (
	_ "fmt"
	_ "github.com/containrrr/watchtower/pkg/notifications/preview/data"
	_ "github.com/containrrr/watchtower/pkg/notifications/templates"
	_ "strings"
	_ "text/template"
)
