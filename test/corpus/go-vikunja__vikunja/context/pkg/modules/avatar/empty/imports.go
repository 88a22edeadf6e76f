// Import list of package empty in pkg/modules/avatar/empty of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package empty

import (
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/base64"
	_ "fmt"
)
