// Import list of package comm in src/comm of schollz/croc (the import blocks of its non-test files; no code kept)
package comm

import (
	_ "bytes"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/magisterquis/connectproxy"
	_ "github.com/schollz/croc/v11/src/utils"
	_ "github.com/schollz/logger"
	_ "golang.org/x/net/proxy"
	_ "io"
	_ "net"
	_ "net/url"
	_ "strings"
	_ "time"
)
