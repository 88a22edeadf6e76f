// Import list of package v1 in cmd/dive/cli/internal/ui/v1 of wagoodman/dive (the import blocks of its non-test files; no code kept)
package v1

import (
	_ "errors"
	_ "fmt"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/key"
	_ "github.com/wagoodman/dive/dive/filetree"
	_ "github.com/wagoodman/dive/dive/image"
	_ "golang.org/x/net/context"
	_ "sync"
)
