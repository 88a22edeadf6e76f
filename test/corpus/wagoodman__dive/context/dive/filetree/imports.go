// Import list of package filetree in dive/filetree of wagoodman/dive (the import blocks of its non-test files; no code kept)
package filetree

import (
	_ "archive/tar"
	_ "fmt"
	_ "github.com/cespare/xxhash/v2"
	_ "github.com/dustin/go-humanize"
	_ "github.com/fatih/color"
	_ "github.com/google/uuid"
	_ "github.com/phayes/permbits"
	_ "github.com/wagoodman/dive/internal/log"
	_ "io"
	_ "os"
	_ "path"
	_ "sort"
	_ "strings"
)
