// Import list of package dive in dive of wagoodman/dive (the import blocks of its non-test files; no code kept)
package dive

import (
	_ "fmt"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/dive/image/docker"
	_ "github.com/wagoodman/dive/dive/image/podman"
	_ "strings"
)
