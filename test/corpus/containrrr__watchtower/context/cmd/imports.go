// Import list of package cmd in cmd of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package cmd

import (
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/internal/actions"
	_ "github.com/containrrr/watchtower/internal/flags"
	_ "github.com/containrrr/watchtower/internal/meta"
	_ "github.com/containrrr/watchtower/pkg/api"
	_ "github.com/containrrr/watchtower/pkg/api/metrics"
	_ "github.com/containrrr/watchtower/pkg/api/update"
	_ "github.com/containrrr/watchtower/pkg/container"
	_ "github.com/containrrr/watchtower/pkg/filters"
	_ "github.com/containrrr/watchtower/pkg/metrics"
	_ "github.com/containrrr/watchtower/pkg/notifications"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/robfig/cron"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "math"
	_ "net/http"
	_ "os"
	_ "os/signal"
	_ "strconv"
	_ "strings"
	_ "syscall"
	_ "time"
)
