// Import list of package models in src/models of schollz/croc (the import blocks of its non-test files; no code kept)
package models

import (
	_ "context"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/utils"
	_ "github.com/schollz/logger"
	_ "net"
	_ "os"
	_ "path"
	_ "time"
)
