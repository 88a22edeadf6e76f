// Import list of package render in handler/api/render of drone/drone (the import blocks of its non-test files; no code kept)
package render

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/drone/drone/handler/api/errors"
	_ "net/http"
	_ "os"
	_ "strconv"
)
