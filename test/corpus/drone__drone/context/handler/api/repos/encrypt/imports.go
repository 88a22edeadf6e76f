// Import list of package encrypt in handler/api/repos/encrypt of drone/drone (the import blocks of its non-test files; no code kept)
package encrypt

import (
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/rand"
	_ "encoding/base64"
	_ "encoding/json"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "io"
	_ "net/http"
)
