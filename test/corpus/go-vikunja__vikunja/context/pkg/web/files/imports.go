// Import list of package files in pkg/web/files of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package files

import (
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/web"
	_ "io"
	_ "mime"
	_ "net/http"
	_ "os"
	_ "strconv"
)
