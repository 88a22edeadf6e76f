// Import list of package dockerfile in pkg/dockerfile of crazy-max/diun (the import blocks of its non-test files; no code kept)
package dockerfile

import (
	_ "bytes"
	_ "github.com/moby/buildkit/frontend/dockerfile/command"
	_ "github.com/moby/buildkit/frontend/dockerfile/instructions"
	_ "github.com/moby/buildkit/frontend/dockerfile/parser"
	_ "github.com/moby/buildkit/frontend/dockerfile/shell"
	_ "github.com/pkg/errors"
	_ "os"
	_ "strings"
)
