// Import list of package swaggerx in oryx/swaggerx of ory/hydra (the import blocks of its non-test files; no code kept)
package swaggerx

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-openapi/runtime"
	_ "net/http"
)
