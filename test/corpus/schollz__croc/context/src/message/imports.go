// Import list of package message in src/message of schollz/croc (the import blocks of its non-test files; no code kept)
package message

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/comm"
	_ "github.com/schollz/croc/v11/src/compress"
	_ "github.com/schollz/croc/v11/src/crypt"
	_ "github.com/schollz/logger"
)
