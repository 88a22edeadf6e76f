// Import list of package webhook in plugin/webhook of drone/drone (the import blocks of its non-test files; no code kept)
package webhook

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/json"
	_ "github.com/99designs/httpsignatures-go"
	_ "github.com/drone/drone/core"
	_ "net/http"
	_ "path/filepath"
	_ "time"
)
