// Import list of package upload in pkg/modules/avatar/upload of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package upload

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/base64"
	_ "encoding/gob"
	_ "fmt"
	_ "github.com/disintegration/imaging"
	_ "image"
	_ "image/png"
	_ "io"
	_ "math"
	_ "strconv"
	_ "xorm.io/xorm"
)
