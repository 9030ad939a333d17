import { Component } from '@angular/core';

@Component({
  selector: 'lt-portal-auth',
  imports: [],
  templateUrl: './portal-auth.html',
  styleUrl: './portal-auth.css',
})
export class PortalAuth {}
