// Import list of package connect in pkg/connect of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package connect

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "strings"
)
