// Import list of package sign in handler/api/repos/sign of drone/drone (the import blocks of its non-test files; no code kept)
package sign

import (
	_ "encoding/json"
	_ "github.com/drone/drone-yaml/yaml/signer"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "net/http"
)
