// Import list of package tokenpagination in oryx/pagination/tokenpagination of ory/hydra (the import blocks of its non-test files; no code kept)
package tokenpagination

import (
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/ory/herodot"
	_ "github.com/ory/x/pagination"
	_ "github.com/pkg/errors"
	_ "github.com/tidwall/gjson"
	_ "net/http"
	_ "net/url"
	_ "strconv"
)
