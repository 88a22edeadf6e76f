// Import list of package main in cmd/frps of fatedier/frp (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/config/v1/validation"
	_ "github.com/fatedier/frp/pkg/metrics"
	_ "github.com/fatedier/frp/pkg/policy/security"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/system"
	_ "github.com/fatedier/frp/pkg/util/version"
	_ "github.com/fatedier/frp/server"
	_ "github.com/fatedier/frp/web/frps"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "strings"
)
