// Import list of package keysetpagination in oryx/pagination/keysetpagination of ory/hydra (the import blocks of its non-test files; no code kept)
package keysetpagination

import (
	_ "cmp"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/pop/v6/columns"
	_ "github.com/peterhellberg/link"
	_ "github.com/pkg/errors"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
)
