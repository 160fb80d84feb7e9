package main

import "github.com/spf13/cobra"

func newSearchCmd(a *app) *cobra.Command { return &cobra.Command{Use: "search", Hidden: true} }
