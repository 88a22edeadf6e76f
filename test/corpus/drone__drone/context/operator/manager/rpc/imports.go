// Import list of package rpc in operator/manager/rpc of drone/drone (the import blocks of its non-test files; no code kept)
package rpc

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/operator/manager"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "github.com/oxtoacart/bpool"
	_ "io"
	_ "io/ioutil"
	_ "log"
	_ "net/http"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
