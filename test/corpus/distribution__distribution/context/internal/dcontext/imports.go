// Import list of package dcontext in internal/dcontext of distribution/distribution (the import blocks of its non-test files; no code kept)
package dcontext

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/requestutil"
	_ "github.com/distribution/distribution/v3/internal/uuid"
	_ "github.com/gorilla/mux"
	_ "github.com/sirupsen/logrus"
	_ "maps"
	_ "net/http"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "time"
)
