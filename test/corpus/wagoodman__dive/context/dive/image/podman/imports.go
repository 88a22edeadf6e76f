// Import list of package podman in dive/image/podman of wagoodman/dive (the import blocks of its non-test files; no code kept)
package podman

import (
	_ "context"
	_ "fmt"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/dive/image/docker"
	_ "github.com/wagoodman/dive/internal/log"
	_ "github.com/wagoodman/dive/internal/utils"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "strings"
)
