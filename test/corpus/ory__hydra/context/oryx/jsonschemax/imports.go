// Import list of package jsonschemax in oryx/jsonschemax of ory/hydra (the import blocks of its non-test files; no code kept)
package jsonschemax

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/ory/jsonschema/v3"
	_ "github.com/pkg/errors"
	_ "github.com/tidwall/gjson"
	_ "io"
	_ "math/big"
	_ "net/url"
	_ "regexp"
	_ "slices"
	_ "sort"
	_ "strings"
)
