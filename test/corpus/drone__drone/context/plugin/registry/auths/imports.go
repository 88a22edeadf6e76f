// Import list of package auths in plugin/registry/auths of drone/drone (the import blocks of its non-test files; no code kept)
package auths

import (
	_ "bytes"
	_ "encoding/base64"
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "io"
	_ "os"
	_ "strings"
)
