// Import list of package expression in internal/expression of authelia/authelia (the import blocks of its non-test files; no code kept)
package expression

import (
	_ "cel.dev/cel-go/cel"
	_ "cel.dev/cel-go/common/types"
	_ "cel.dev/cel-go/common/types/ref"
	_ "cel.dev/cel-go/ext"
	_ "cel.dev/cel-go/interpreter"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/model"
	_ "time"
)
