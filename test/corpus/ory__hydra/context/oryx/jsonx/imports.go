// Import list of package jsonx in oryx/jsonx of ory/hydra (the import blocks of its non-test files; no code kept)
package jsonx

import (
	_ "encoding/base64"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/evanphx/json-patch/v5"
	_ "github.com/gobwas/glob"
	_ "github.com/ory/x/osx"
	_ "github.com/pkg/errors"
	_ "github.com/stretchr/testify/require"
	_ "github.com/tidwall/gjson"
	_ "github.com/tidwall/sjson"
	_ "io"
	_ "net/url"
	_ "reflect"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "testing"
)
