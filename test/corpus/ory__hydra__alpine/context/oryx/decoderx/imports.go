// Import list of package decoderx in oryx/decoderx of ory/hydra (the import blocks of its non-test files; no code kept)
package decoderx

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/ory/herodot"
	_ "github.com/ory/jsonschema/v3"
	_ "github.com/ory/x/httpx"
	_ "github.com/ory/x/jsonschemax"
	_ "github.com/pkg/errors"
	_ "github.com/tidwall/gjson"
	_ "github.com/tidwall/sjson"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "slices"
	_ "strconv"
	_ "strings"
)
