// Import list of package pagination in oryx/pagination of ory/hydra (the import blocks of its non-test files; no code kept)
package pagination

import (
	_ "fmt"
	_ "math"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
)
