// Import list of package msg in internal/msg of crazy-max/diun (the import blocks of its non-test files; no code kept)
package msg

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/microcosm-cc/bluemonday"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/pkg/errors"
	_ "github.com/russross/blackfriday/v2"
	_ "regexp"
	_ "strings"
	_ "text/template"
	_ "time"
)
