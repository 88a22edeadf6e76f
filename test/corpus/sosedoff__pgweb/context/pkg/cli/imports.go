// Import list of package cli in pkg/cli of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package cli

import (
	_ "errors"
	_ "fmt"
	_ "github.com/gin-gonic/gin"
	_ "github.com/jessevdk/go-flags"
	_ "github.com/sirupsen/logrus"
	_ "github.com/sosedoff/pgweb/pkg/api"
	_ "github.com/sosedoff/pgweb/pkg/bookmarks"
	_ "github.com/sosedoff/pgweb/pkg/client"
	_ "github.com/sosedoff/pgweb/pkg/command"
	_ "github.com/sosedoff/pgweb/pkg/connection"
	_ "github.com/sosedoff/pgweb/pkg/metrics"
	_ "github.com/sosedoff/pgweb/pkg/queries"
	_ "github.com/sosedoff/pgweb/pkg/util"
	_ "os"
	_ "os/exec"
	_ "os/signal"
	_ "strings"
	_ "syscall"
	_ "time"
)
