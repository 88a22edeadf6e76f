// Import list of package marble in pkg/modules/avatar/marble of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package marble

import (
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/base64"
	_ "fmt"
	_ "math"
	_ "strconv"
)
