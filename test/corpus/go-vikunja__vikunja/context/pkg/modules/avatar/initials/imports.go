// Import list of package initials in pkg/modules/avatar/initials of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package initials

import (
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/base64"
	_ "fmt"
	_ "html"
	_ "strconv"
	_ "strings"
)
