// Import list of package jsonschema in pkg/jsonschema of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package jsonschema

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/jesseduffield/lazycore/pkg/utils"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/karimkhaleel/jsonschema"
	_ "github.com/samber/lo"
	_ "gopkg.in/yaml.v3"
	_ "os"
	_ "reflect"
	_ "strings"
)
