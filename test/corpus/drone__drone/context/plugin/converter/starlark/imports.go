// Import list of package starlark in plugin/converter/starlark of drone/drone (the import blocks of its non-test files; no code kept)
package starlark

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/errors"
	_ "github.com/sirupsen/logrus"
	_ "go.starlark.net/starlark"
	_ "go.starlark.net/starlarkstruct"
	_ "io"
)
