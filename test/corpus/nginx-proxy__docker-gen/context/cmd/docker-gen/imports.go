// Import list of package main in cmd/docker-gen of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/BurntSushi/toml"
	_ "github.com/fsouza/go-dockerclient"
	_ "github.com/nginx-proxy/docker-gen/internal/config"
	_ "github.com/nginx-proxy/docker-gen/internal/context"
	_ "github.com/nginx-proxy/docker-gen/internal/generator"
	_ "log"
	_ "os"
	_ "os/signal"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "syscall"
)
