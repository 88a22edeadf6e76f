// Import list of package main in docs of docker/buildx (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/docker/buildx/bake/hclparser"
	_ "github.com/docker/buildx/commands"
	_ "github.com/docker/buildx/driver/docker"
	_ "github.com/docker/buildx/driver/docker-container"
	_ "github.com/docker/buildx/driver/kubernetes"
	_ "github.com/docker/buildx/driver/remote"
	_ "github.com/docker/cli-docs-tool"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/pkg/errors"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "log"
	_ "os"
	_ "regexp"
	_ "sort"
	_ "strings"
	_ "text/tabwriter"
)
