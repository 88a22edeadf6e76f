// Import list of package image in dive/image of wagoodman/dive (the import blocks of its non-test files; no code kept)
package image

import (
	_ "context"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "github.com/wagoodman/dive/dive/filetree"
	_ "golang.org/x/net/context"
	_ "strings"
)
